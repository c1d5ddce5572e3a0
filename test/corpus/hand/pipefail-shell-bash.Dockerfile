FROM debian:12-slim AS fetch
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
RUN echo "ok" | tee /tmp/ok

FROM debian:12-slim AS nopipefail
RUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /tmp/key.gpg
SHELL ["/bin/bash", "-c"]
RUN echo "still" | cat
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
RUN echo "sh with pipefail" | cat
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN echo "ash combined flags" | cat
SHELL ["zsh", "-o", "pipefail", "-c"]
RUN echo "zsh" | cat
