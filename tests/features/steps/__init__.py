"""The step definitions every feature shares, one module per area of the API."""
