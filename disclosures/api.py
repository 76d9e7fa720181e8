"""The upload page and the upload API: the page posts to the API, scripts do the same.

    POST /api/uploads/        multipart `file` (+ optional unit, year, kind, scope) → 202 {"id", "status", "url"}
    GET  /api/uploads/<id>/   → {"id", "status", "message", "disclosures": [urls]}

Session login and the CSRF header; 401 without login, 403 without the permission, 400/413 with
{"error": "<one Chinese line>"} for a refused file. Parsing happens off the request (uploads.py).
"""
from __future__ import annotations

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_http_methods

from .forms import StatedIdentityForm
from .models import Upload
from .uploads import UploadRefused, max_upload_bytes, upload_receive, upload_requeue_if_stale, upload_status

UPLOAD_PERMISSION = "disclosures.add_upload"
RECENT = 50


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})


def _denied(request: HttpRequest, permission: str) -> JsonResponse | None:
    if not request.user.is_authenticated:
        return _error("请先登录", 401)
    if not request.user.has_perm(permission):
        return _error("没有上传权限（需加入编辑组）", 403)
    return None


@require_http_methods(["GET", "POST"])
def api_uploads(request: HttpRequest) -> JsonResponse:
    denied = _denied(request, UPLOAD_PERMISSION)
    if denied:
        return denied
    if request.method == "GET":
        uploads = Upload.objects.filter(user=request.user).prefetch_related("disclosures")[:RECENT]
        return JsonResponse({"uploads": [upload_status(u) for u in uploads]}, json_dumps_params={"ensure_ascii": False})
    files = request.FILES.getlist("file")
    if not files:
        return _error("没有收到文件（表单字段名应为 file）", 400)
    if len(files) > 1:
        return _error("每次请求只能上传一个文件", 400)
    upload_file = files[0]
    if upload_file.size > max_upload_bytes():
        return _error(f"文件过大，上限 {max_upload_bytes() // 1024**2} MB", 413)
    form = StatedIdentityForm(request.POST)
    stated = form.cleaned_data if form.is_valid() else {}
    try:
        upload = upload_receive(data=upload_file.read(), filename=upload_file.name or "", user=request.user,
                                stated=stated)
    except UploadRefused as exc:
        return _error(str(exc), exc.status)
    data = upload_status(upload)
    return JsonResponse(data, status=202, json_dumps_params={"ensure_ascii": False})


@require_GET
def api_upload(request: HttpRequest, pk: int) -> JsonResponse:
    denied = _denied(request, "disclosures.view_upload")
    if denied:
        return denied
    upload = upload_requeue_if_stale(get_object_or_404(Upload, pk=pk))
    return JsonResponse(upload_status(upload), json_dumps_params={"ensure_ascii": False})


@login_required
@permission_required(UPLOAD_PERMISSION, raise_exception=True)
def upload_page(request: HttpRequest) -> HttpResponse:
    recent = Upload.objects.filter(user=request.user).prefetch_related("disclosures")[:20]
    return render(request, "uploads/upload.html", {
        "form": StatedIdentityForm(), "recent": recent, "max_mb": max_upload_bytes() // 1024**2, "nav": "uploads",
    })


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A refused CSRF check: JSON on the API (401 when not logged in at all), a Chinese page elsewhere."""
    if request.path.startswith("/api/"):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return _error("请先登录", 401)
        return _error("CSRF 校验失败：请在请求头 X-CSRFToken 中带上令牌，或刷新页面后重试", 403)
    return render(request, "registration/csrf_failure.html", status=403)
