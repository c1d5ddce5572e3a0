FROM ubuntu:22.04
RUN ln -sf /bin/bash /bin/sh
RUN ln -s /usr/bin/python3 /usr/bin/python
RUN rm /bin/sh && ln -s /bin/dash /bin/sh
RUN ln -sfn /bin/sh /usr/local/bin/sh
ONBUILD RUN ln -sf /bin/bash /bin/sh
SHELL ["/bin/bash", "-c"]
CMD ["bash"]
