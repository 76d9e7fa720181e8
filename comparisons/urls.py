from django.urls import path

from . import views

app_name = "comparisons"

urlpatterns = [
    path("compare/", views.compare, name="compare"),
    path("compare/export.xlsx", views.export_xlsx, name="export_xlsx"),
    path("compare/export.csv", views.export_csv, name="export_csv"),
    path("compare/derived/<id:pk>/", views.derived_source, name="derived_source"),
    path("api/compare/", views.api_compare, name="api_compare"),
    path("api/subjects/", views.api_subjects, name="api_subjects"),
]
