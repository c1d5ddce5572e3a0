FROM rayproject/ray:2.24.0-py311-cpu
USER root
RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends graphviz && sudo rm -rf /var/lib/apt/lists/*
USER ray
RUN pip install --no-cache-dir "ray[serve]==2.24.0" xgboost==2.0.3
WORKDIR /home/ray/app
COPY --chown=ray:users deployment.py model.json ./
EXPOSE 8000 8265
CMD ["serve", "run", "deployment:app"]
