"""URL configuration. Until the public site exists, ``/`` leads to the editors' admin."""

from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

admin.site.site_header = _("Khronika: the case record")
admin.site.site_title = _("Khronika")
admin.site.index_title = _("Case record")

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="admin:index", permanent=False)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
