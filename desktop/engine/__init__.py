"""The session: a plan of phases walked with deadline arithmetic on an injected clock. No Qt."""
