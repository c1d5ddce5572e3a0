FROM debian:12-slim
LABEL maintainer="Data Science Team <ds@example.com>"
LABEL vendor=Example\ Corp \
      com.example.release-date="2024-06-01" \
      com.example.is-production=""
LABEL description "Legacy single-pair label form"
LABEL "com.example.multi word"="spaces in key"
LABEL org.opencontainers.image.title='single quoted'
LABEL org.opencontainers.image.url=https://example.com \
      # comment inside a continuation
      org.opencontainers.image.vendor="Example"
CMD ["bash"]
