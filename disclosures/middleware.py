"""Middleware of the upload side: an oversized upload refused before its body is read, and the CSP header."""
from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

from .uploads import max_upload_bytes

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)


class ContentSecurityPolicyMiddleware:
    """No inline or foreign scripts on any page (plotly draws with inline styles, so styles may be inline)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", CONTENT_SECURITY_POLICY)
        if policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = policy
        return response


class UploadSizeLimitMiddleware:
    """Refuse an upload larger than the limit from its Content-Length, before Django parses the body."""

    PATHS = ("/api/uploads/",)
    SLACK = 256 * 1024  # multipart boundaries and the stated fields
    DRAIN = 1024**3  # read and drop at most this much so the client sees the answer

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST" and request.path in self.PATHS:
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            limit = max_upload_bytes()
            if length > limit + self.SLACK:
                self._drain(request, length)
                return JsonResponse({"error": f"文件过大（{length / 1024**2:.0f} MB），上限 {limit // 1024**2} MB"}, status=413,
                                    json_dumps_params={"ensure_ascii": False})
        return self.get_response(request)

    def _drain(self, request: HttpRequest, length: int) -> None:
        stream = request.META.get("wsgi.input")
        if stream is None or length > self.DRAIN:
            return
        remaining = length
        try:
            while remaining > 0:
                chunk = stream.read(min(remaining, 1024 * 1024))
                if not chunk:
                    break
                remaining -= len(chunk)
        except OSError:
            pass
