"""Reports for people: a comparison or a revision as text, Markdown or an HTML page.

Use the methods of the results (``comparison.to_html()``); these functions are
what they call.
"""

from readout.report.html import comparison_html, revision_html
from readout.report.markdown import comparison_markdown, revision_markdown
from readout.report.text import comparison_text, revision_text

__all__ = [
    "comparison_html",
    "comparison_markdown",
    "comparison_text",
    "revision_html",
    "revision_markdown",
    "revision_text",
]
