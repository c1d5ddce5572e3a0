FROM debian:12
RUN service nginx start
RUN ps aux
RUN ssh -o StrictHostKeyChecking=no deploy@build.example.com true
RUN vim --version
RUN kill -HUP 1 || true
RUN top -b -n 1
RUN free -m
RUN mount -t tmpfs tmpfs /mnt
RUN shutdown -h now
RUN ifconfig -a
RUN ip addr && echo "ps is a word here"
RUN pkill -f nginx && ssh-keygen -A
