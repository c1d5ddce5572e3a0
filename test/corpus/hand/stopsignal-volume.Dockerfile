FROM postgres:16.3-bookworm
ENV PGDATA=/var/lib/postgresql/data/pgdata
VOLUME /var/lib/postgresql/data
VOLUME ["/backups", "/wal-archive"]
VOLUME /tmp/a /tmp/b
STOPSIGNAL SIGINT
STOPSIGNAL 15
EXPOSE 5432
USER postgres
HEALTHCHECK --interval=5s CMD ["pg_isready", "-U", "postgres"]
