"""Business analysis: contexts, weekly reports, search, trends and recommendations."""
