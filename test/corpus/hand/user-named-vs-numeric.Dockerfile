FROM python:3.12-slim
ARG UID=10001
ARG GID=10001
RUN groupadd -g "${GID}" ml && useradd -l -u "${UID}" -g ml -m ml
USER ml
USER ml:ml
USER 10001
USER 10001:10001
USER ${UID}
USER $UID:$GID
USER ${OTHER_UID}
USER 10001:ml
USER nobody:10001
CMD ["python3"]
