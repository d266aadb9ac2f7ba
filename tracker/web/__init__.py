"""`tracker serve`: pages that show what the tracker found, IRIs that dereference, and a SPARQL
1.1 endpoint over the same store (`app.make_app`)."""
