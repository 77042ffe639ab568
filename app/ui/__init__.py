"""Helpers of the review desk's HTML pages (app.api.routes.ui): nothing here touches the database."""
