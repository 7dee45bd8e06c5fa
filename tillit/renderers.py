"""
The API's renderers (settings.REST_FRAMEWORK), apart from tillit.api: DRF
imports them while its views module is still loading, so this module must
not import the views.
"""

from rest_framework.renderers import BrowsableAPIRenderer

# The one inline style DRF's browsable page has (its format and filter
# buttons: style="float: right; margin-right: 10px"), allowed by its hash
# rather than by 'unsafe-inline' for every style.
BROWSABLE_STYLE_HASH = "'sha256-OfgyIBrd+/vP79JdFMYP+re4T+fIenvkrHPD2HZ8/cs='"


class StrictBrowsableAPIRenderer(BrowsableAPIRenderer):
    """DRF's browsable page under the site's Content-Security-Policy (settings)."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        if response is not None:
            # django-csp reads this from the response, for this page only.
            response._csp_update = {"style-src": ["'unsafe-hashes'", BROWSABLE_STYLE_HASH]}
        return super().render(data, accepted_media_type, renderer_context)
