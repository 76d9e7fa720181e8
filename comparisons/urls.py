from django.urls import path

from . import views

app_name = "comparisons"

urlpatterns: list = []
