"""SMTP (aiosmtplib): the production adapter of the `ReportMailer` port, which sends each
store its weekly report on Monday."""

from kundrost.adapters.smtp.mailer import SmtpReportMailer, SmtpServer

__all__ = ["SmtpReportMailer", "SmtpServer"]
