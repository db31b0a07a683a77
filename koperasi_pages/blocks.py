"""StreamField blocks for stories, profiles and reports.

Every block renders through its own template under ``koperasi_pages/blocks``
and carries a preview value so editors see what it looks like before use.
``PortalStreamBlock`` holds the blocks every page type may use; the story and
profile bodies add their own on top.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

TEMPLATE_DIR = "koperasi_pages/blocks/"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("section")), ("h3", _("sub-section"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = TEMPLATE_DIR + "heading.html"
        description = _("A heading that splits a long text into sections.")
        preview_value = {"text": "Latar belakang", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("photo credit"), required=False, max_length=100)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = TEMPLATE_DIR + "captioned_image.html"
        description = _("A photo with alt text, an optional caption and credit.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    speaker = blocks.CharBlock(label=_("speaker"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("speaker's role"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = TEMPLATE_DIR + "quote.html"
        description = _("Words of a member, manager or officer, with who said them.")
        preview_value = {
            "text": "Anggota sekarang bisa memesan pupuk dari ponsel.",
            "speaker": "Ibu Sri",
            "role": "Ketua koperasi",
        }


class KeyFigureBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("what was measured"), max_length=120)
    before = blocks.DecimalBlock(label=_("before"), required=False)
    after = blocks.DecimalBlock(label=_("after"))
    unit = blocks.CharBlock(
        label=_("unit"),
        required=False,
        max_length=30,
        help_text=_("For example: members, Rp juta, %, tonnes per month."),
    )

    class Meta:
        icon = "order"
        label = _("Key figure")
        template = TEMPLATE_DIR + "key_figure.html"


class KeyFiguresBlock(blocks.StructBlock):
    period = blocks.CharBlock(
        label=_("period compared"),
        required=False,
        max_length=80,
        help_text=_("For example: 2019 compared with 2022."),
    )
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("figures"), min_num=1)

    class Meta:
        icon = "table"
        label = _("Key figures before and after")
        template = TEMPLATE_DIR + "key_figures.html"
        description = _("Numbers that show what changed, before and after.")
        preview_value = {
            "period": "2019 – 2022",
            "figures": [
                {"label": "Anggota", "before": 120, "after": 310, "unit": "orang"},
            ],
        }


class TimelineEventBlock(blocks.StructBlock):
    when = blocks.CharBlock(
        label=_("when"),
        max_length=40,
        help_text=_("A date, month or year, for example: Maret 2021."),
    )
    title = blocks.CharBlock(label=_("what happened"), max_length=150)
    detail = blocks.TextBlock(label=_("details"), required=False)


class TimelineBlock(blocks.StructBlock):
    events = blocks.ListBlock(TimelineEventBlock(), label=_("events"), min_num=1)

    class Meta:
        icon = "date"
        label = _("Timeline")
        template = TEMPLATE_DIR + "timeline.html"
        description = _("The steps of an innovation in the order they happened.")
        preview_value = {
            "events": [
                {"when": "2020", "title": "Uji coba aplikasi", "detail": ""},
                {"when": "2021", "title": "Dipakai semua anggota", "detail": ""},
            ]
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video link"), help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video")
        template = TEMPLATE_DIR + "video.html"
        description = _("An embedded video with a caption.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"),
        required=False,
        max_length=150,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = TEMPLATE_DIR + "document.html"
        description = _("A downloadable file such as a plan, a form or a report.")


class ReplicationStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("step"), max_length=150)
    detail = blocks.TextBlock(label=_("how"), required=False)
    resources = blocks.CharBlock(
        label=_("what it takes"),
        required=False,
        max_length=200,
        help_text=_("Time, money, people or tools this step needs."),
    )


class ReplicationStepsBlock(blocks.StructBlock):
    steps = blocks.ListBlock(ReplicationStepBlock(), label=_("steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("How to replicate")
        template = TEMPLATE_DIR + "replication_steps.html"
        description = _("Numbered steps another cooperative can follow.")
        preview_value = {
            "steps": [
                {"title": "Bentuk tim kecil", "detail": "", "resources": "3 orang"},
            ]
        }


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=120)
    role = blocks.CharBlock(label=_("role"), required=False, max_length=120)
    organisation = blocks.CharBlock(
        label=_("organisation"), required=False, max_length=150
    )
    phone = blocks.CharBlock(label=_("phone"), required=False, max_length=30)
    email = blocks.EmailBlock(label=_("e-mail"), required=False)

    class Meta:
        icon = "user"
        label = _("Contact for adoption")
        template = TEMPLATE_DIR + "contact.html"
        description = _("Who to ask when you want to adopt this innovation.")
        preview_value = {
            "name": "Budi Santoso",
            "role": "Manajer",
            "organisation": "Koperasi Maju Bersama",
            "phone": "0812 3456 7890",
            "email": "",
        }


class PortalStreamBlock(blocks.StreamBlock):
    """Blocks that any page body of the portal may use."""

    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template=TEMPLATE_DIR + "paragraph.html",
        description=_("Running text with links and lists."),
        preview_value="<p>Koperasi ini melayani 300 petani kopi.</p>",
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentLinkBlock()

    class Meta:
        template = TEMPLATE_DIR + "stream.html"


class StoryBodyBlock(PortalStreamBlock):
    """A story's free-form body: the common blocks plus evidence and steps."""

    key_figures = KeyFiguresBlock()
    timeline = TimelineBlock()
    replication_steps = ReplicationStepsBlock()
    contact = ContactBlock()


class CooperativeBodyBlock(PortalStreamBlock):
    """A cooperative profile's body: the common blocks plus figures."""

    key_figures = KeyFiguresBlock()
    timeline = TimelineBlock()
    contact = ContactBlock()
