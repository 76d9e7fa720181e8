from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

admin.site.site_header = "县级预算比较 · 管理"
admin.site.site_title = "县级预算比较"
admin.site.index_title = "数据管理"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("disclosures.urls")),
    path("", include("comparisons.urls")),
]

# Django's own handlers render templates/400.html, 403, 404.html and 500.html (Chinese, in the site's layout);
# 500.html is rendered without a request, so it uses only {% url %} and {% static %}.
handler400 = "django.views.defaults.bad_request"
handler404 = "django.views.defaults.page_not_found"
handler500 = "django.views.defaults.server_error"
