"""
Site-wide search over every app's records, in Swedish, on PostgreSQL and
SQLite alike. Apps say what is searchable (documents.register, in their
AppConfig.ready); the index follows every edit (index.connect_signals) and
``manage.py rebuild_search_index`` writes it from nothing; query.search asks it.
"""
