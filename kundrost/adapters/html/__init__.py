"""What a store owner reads, in Swedish: the weekly report's page, the store's list of
weeks, the sign-in page, the comparison charts (SVG), the CSV of actions and the Monday
e-mail's parts, all rendered from Jinja templates on the server."""
