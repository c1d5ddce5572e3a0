FROM tensorflow/serving:2.16.1
ENV MODEL_NAME=recommender MODEL_BASE_PATH=/models
COPY exported/recommender /models/recommender/1
COPY models.config /models/models.config
EXPOSE 8500 8501
HEALTHCHECK CMD ["curl", "-f", "http://localhost:8501/v1/models/recommender"]
ENTRYPOINT ["/usr/bin/tf_serving_entrypoint.sh"]
CMD ["--model_config_file=/models/models.config", "--rest_api_timeout_in_ms=3000"]
