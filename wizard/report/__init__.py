"""What the program reports: step statuses, the side panel's rows, the summary — as data and
message codes, for the page, the PDF, the copied text and the desk alike. No Qt here."""

from wizard.report.facts import (
    AnswerRow,
    Context,
    RoutePart,
    SidebarEntry,
    StepRow,
    SummaryFacts,
    sidebar,
    summary_facts,
)
from wizard.report.status import shown_status, waiting_step

__all__ = ["AnswerRow", "Context", "RoutePart", "SidebarEntry", "StepRow", "SummaryFacts",
           "shown_status", "sidebar", "summary_facts", "waiting_step"]
