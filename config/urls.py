from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "县级预算比较 · 管理"
admin.site.site_title = "县级预算比较"
admin.site.index_title = "数据管理"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("disclosures.urls")),
    path("", include("comparisons.urls")),
]
