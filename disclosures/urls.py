from django.urls import path, register_converter

from . import api, finding_views, review_views, views


class IdConverter:
    """A database id: at most 18 digits, so /units/99999999999999999999/ is a 404, not an integer overflow."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(IdConverter, "id")

app_name = "disclosures"

urlpatterns = [
    path("", views.home, name="home"),
    path("regions/<id:pk>/", views.region_detail, name="region"),
    path("departments/<id:pk>/", views.department_detail, name="department"),
    path("units/<id:pk>/", views.unit_detail, name="unit"),
    path("disclosures/<id:pk>/", views.disclosure_detail, name="disclosure"),
    path("disclosures/<id:pk>/source/<str:metric>/", views.figure_source, name="figure_source"),
    path("disclosures/<id:pk>/source/<str:metric>/page.png", views.figure_page_image, name="figure_page_image"),
    path("figures/<id:pk>/", views.figure_source_by_id, name="figure"),
    path("sources/<id:pk>/download/", views.source_download, name="source_download"),
    path("sources/<id:pk>/pages/<id:page>.png", views.source_page_image, name="source_page_image"),
    path("uploads/", api.upload_page, name="upload_page"),
    path("api/uploads/", api.api_uploads, name="api_uploads"),
    path("api/uploads/<id:pk>/", api.api_upload, name="api_upload"),
    path("review/", review_views.review_list, name="review_list"),
    path("review/<id:pk>/", review_views.review_detail, name="review_detail"),
    path("disclosures/<id:pk>/findings/", finding_views.finding_mark_view, name="finding_mark"),
]
