FROM mambaorg/micromamba:1.5.8-jammy
COPY --chown=$MAMBA_USER:$MAMBA_USER environment.yml /tmp/environment.yml
RUN micromamba install -y -n base -f /tmp/environment.yml && micromamba clean --all --yes
ARG MAMBA_DOCKERFILE_ACTIVATE=1
RUN python -c "import sklearn; print(sklearn.__version__)"
RUN pip install mlflow==2.14.1
COPY --chown=$MAMBA_USER:$MAMBA_USER model/ /home/$MAMBA_USER/model/
WORKDIR /home/$MAMBA_USER
EXPOSE 5001
CMD ["mlflow", "models", "serve", "-m", "model", "-p", "5001", "--no-conda"]
