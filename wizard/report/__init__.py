"""What the summary says, as data: shared by the summary page, the PDF and the copied text."""

from wizard.report.facts import StepRow, SummaryFacts, summary_facts

__all__ = ["StepRow", "SummaryFacts", "summary_facts"]
