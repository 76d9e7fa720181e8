from django.urls import path

from . import api, views

app_name = "disclosures"

urlpatterns = [
    path("", views.home, name="home"),
    path("regions/<int:pk>/", views.region_detail, name="region"),
    path("departments/<int:pk>/", views.department_detail, name="department"),
    path("units/<int:pk>/", views.unit_detail, name="unit"),
    path("disclosures/<int:pk>/", views.disclosure_detail, name="disclosure"),
    path("sources/<int:pk>/download/", views.source_download, name="source_download"),
    path("uploads/", api.upload_page, name="upload_page"),
    path("api/uploads/", api.api_uploads, name="api_uploads"),
    path("api/uploads/<int:pk>/", api.api_upload, name="api_upload"),
]
