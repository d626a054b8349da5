"""Domain: what QMS records are and which rules hold. Standard library only."""
