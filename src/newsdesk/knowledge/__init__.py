"""What newsdesk knows before it reads: places, roles, and a few well-known public figures."""
