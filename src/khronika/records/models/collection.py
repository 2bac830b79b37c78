"""Collections: curated lists of persons or cases (an exhibition, a campaign, a report's subjects)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Collection(models.Model):  # type: ignore[django-manager-missing]  # modeltranslation swaps the managers at run time
    """A titled list; ``title`` and ``description`` have Russian and English columns."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True, default="")
    published = models.BooleanField(_("published"), default=False)

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")
        ordering = ["title", "id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title=""), name="collection_title_not_empty")
        ]

    def __str__(self) -> str:
        return self.title


class CollectionMember(models.Model):
    """A person or a case in a collection, at a position."""

    collection = models.ForeignKey(
        Collection, verbose_name=_("collection"), on_delete=models.CASCADE, related_name="members"
    )
    person = models.ForeignKey(
        "records.Person",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="collection_memberships",
    )
    case = models.ForeignKey(
        "records.Case",
        verbose_name=_("case"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="collection_memberships",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("collection member")
        verbose_name_plural = _("collection members")
        ordering = ["collection", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(person__isnull=False, case__isnull=True)
                | models.Q(person__isnull=True, case__isnull=False),
                name="collection_member_person_or_case",
            ),
            models.UniqueConstraint(
                fields=["collection", "person"],
                condition=models.Q(person__isnull=False),
                name="collection_member_unique_person",
            ),
            models.UniqueConstraint(
                fields=["collection", "case"],
                condition=models.Q(case__isnull=False),
                name="collection_member_unique_case",
            ),
        ]

    def __str__(self) -> str:
        return str(self.person or self.case)

    def clean(self) -> None:
        if (self.person_id is None) == (self.case_id is None):
            raise ValidationError(_("A collection member is one person or one case."), code="member")
