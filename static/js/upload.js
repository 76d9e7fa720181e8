/* The upload page: each file posted on its own to /api/uploads/ with its own progress, then its status polled. */
(function () {
  "use strict";

  var form = document.getElementById("upload-form");
  if (!form) return;
  var api = form.getAttribute("data-api");
  var maxBytes = Number(form.getAttribute("data-max-bytes")) * 1024 * 1024;
  var input = document.getElementById("file-input");
  var zone = document.getElementById("drop-zone");
  var list = document.getElementById("upload-list");
  var FINAL = { parsed: 1, needs_review: 1, failed: 1, duplicate: 1 };
  var LABELS = {
    queued: "排队中", parsing: "解析中", parsed: "已解析", needs_review: "待核实", failed: "失败", duplicate: "重复文件"
  };

  function csrfToken() {
    var field = form.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function stated() {
    var data = {};
    ["unit", "year", "kind", "scope"].forEach(function (name) {
      var field = form.elements[name];
      if (field && field.value) data[name] = field.value;
    });
    return data;
  }

  function row(file) {
    var item = document.createElement("li");
    item.className = "upload-item";
    var name = document.createElement("span");
    name.className = "upload-name";
    name.textContent = file.name;  // text only: a file name is never HTML
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    var status = document.createElement("span");
    status.className = "status";
    status.textContent = "上传中";
    var message = document.createElement("span");
    message.className = "upload-message small";
    var links = document.createElement("span");
    links.className = "upload-links";
    [name, bar, status, message, links].forEach(function (part) { item.appendChild(part); });
    list.appendChild(item);
    return { item: item, bar: bar, status: status, message: message, links: links };
  }

  function show(view, data) {
    view.status.textContent = LABELS[data.status] || data.status;
    view.status.className = "status status-" + data.status;
    view.item.setAttribute("data-status", data.status);
    view.message.textContent = data.message || data.error || "";
    view.links.textContent = "";
    (data.disclosures || []).forEach(function (url, index) {
      var link = document.createElement("a");
      link.href = url;
      link.textContent = "查看公开文件" + (data.disclosures.length > 1 ? " " + (index + 1) : "");
      view.links.appendChild(link);
    });
  }

  function poll(view, url, delay) {
    window.setTimeout(function () {
      var xhr = new XMLHttpRequest();
      xhr.open("GET", url);
      xhr.setRequestHeader("Accept", "application/json");
      xhr.onload = function () {
        var data = {};
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = { status: "failed", error: "服务器返回异常" }; }
        if (xhr.status !== 200) { show(view, { status: "failed", message: data.error || "无法获取状态" }); return; }
        show(view, data);
        if (!FINAL[data.status]) poll(view, url, Math.min(delay * 1.5, 5000));
      };
      xhr.onerror = function () { poll(view, url, Math.min(delay * 2, 10000)); };
      xhr.send();
    }, delay);
  }

  function send(file) {
    var view = row(file);
    if (file.size > maxBytes) {
      view.bar.value = 100;
      show(view, { status: "failed", message: "文件过大，上限 " + (maxBytes / 1024 / 1024) + " MB" });
      return;
    }
    var body = new FormData();
    body.append("file", file);
    var extra = stated();
    Object.keys(extra).forEach(function (key) { body.append(key, extra[key]); });
    var xhr = new XMLHttpRequest();
    xhr.open("POST", api);
    xhr.setRequestHeader("X-CSRFToken", csrfToken());
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = function (event) {
      if (event.lengthComputable) view.bar.value = Math.round((event.loaded / event.total) * 100);
    };
    xhr.onload = function () {
      view.bar.value = 100;
      var data = {};
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = { error: "服务器返回异常（" + xhr.status + "）" }; }
      if (xhr.status === 202 || xhr.status === 200) {
        show(view, data);
        if (!FINAL[data.status]) poll(view, data.url, 700);
      } else {
        show(view, { status: "failed", message: data.error || ("上传失败（" + xhr.status + "）") });
      }
    };
    xhr.onerror = function () { show(view, { status: "failed", message: "网络错误，上传未完成" }); };
    xhr.send(body);
  }

  function sendAll(files) {
    Array.prototype.forEach.call(files, send);
  }

  input.addEventListener("change", function () {
    sendAll(input.files);
    input.value = "";
  });
  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add("dragging"); });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.remove("dragging"); });
  });
  zone.addEventListener("drop", function (event) {
    if (event.dataTransfer && event.dataTransfer.files) sendAll(event.dataTransfer.files);
  });
  zone.addEventListener("keydown", function (event) {
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); input.click(); }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
})();
