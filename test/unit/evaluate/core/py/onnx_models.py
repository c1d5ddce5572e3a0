"""Small hand-made ONNX models for test/unit/evaluate/core/onnx-model.test.ts, and a runner.

  onnx_models.py make <dir>               writes the models below into <dir>
  onnx_models.py run <model> <inputs.json> runs a model in onnxruntime; inputs.json maps input
                                          names to nested lists (float32). Prints {names, types,
                                          outputs}; ZipMap outputs become lists of {str(key): value}.
"""
import json
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper, save

ML = helper.make_operatorsetid("ai.onnx.ml", 1)
CORE = helper.make_operatorsetid("", 13)


def classifier(labels, labels_attr, zip_attr, n_features=2):
    n = len(labels)
    rng = np.random.default_rng(3)
    coefficients = rng.normal(size=n * n_features).round(3).tolist()
    intercepts = rng.normal(size=n).round(3).tolist()
    label_type = TensorProto.STRING if labels_attr == "classlabels_strings" else TensorProto.INT64
    nodes = [
        helper.make_node(
            "LinearClassifier", ["X"], ["label", "probabilities"], domain="ai.onnx.ml",
            coefficients=coefficients, intercepts=intercepts, post_transform="SOFTMAX",
            **{labels_attr: labels},
        ),
        helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain="ai.onnx.ml", **{zip_attr: labels}),
    ]
    key = TensorProto.STRING if zip_attr == "classlabels_strings" else TensorProto.INT64
    graph = helper.make_graph(
        nodes, "classifier",
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, ["batch", n_features])],
        [
            helper.make_tensor_value_info("label", label_type, ["batch"]),
            helper.make_value_info(
                "output_probability",
                helper.make_sequence_type_proto(helper.make_map_type_proto(key, helper.make_tensor_type_proto(TensorProto.FLOAT, None))),
            ),
        ],
    )
    return helper.make_model(graph, opset_imports=[CORE, ML], ir_version=8, producer_name="hand", producer_version="1.0")


def make(out):
    # Dynamic dimensions: a named one, an unnamed one, a fixed one; two inputs; metadata.
    x = helper.make_tensor_value_info("X", TensorProto.FLOAT, ["batch", 3])
    ids = helper.make_tensor_value_info("ids", TensorProto.INT64, [None])
    y = helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["batch", 3])
    z = helper.make_tensor_value_info("Z", TensorProto.DOUBLE, None)
    graph = helper.make_graph(
        [helper.make_node("Relu", ["X"], ["Y"]), helper.make_node("Cast", ["ids"], ["Z"], to=TensorProto.DOUBLE)],
        "dyn", [x, ids], [y, z],
    )
    m = helper.make_model(graph, opset_imports=[CORE], ir_version=8, producer_name="hand", producer_version="2.5")
    helper.set_model_props(m, {"author": "tests", "note": "dynamic"})
    save(m, f"{out}/dyn.onnx")

    # ZipMap with int64 labels, one negative and one beyond 32 bits.
    save(classifier([3, -1, 5000000000], "classlabels_ints", "classlabels_int64s"), f"{out}/zip-int.onnx")
    # ZipMap with string labels, four features.
    save(classifier(["cat", "dog"], "classlabels_strings", "classlabels_strings", n_features=4), f"{out}/zip-str.onnx")

    # IR 3: the initializer W is listed among the inputs, as exporters of that era did.
    w = numpy_helper.from_array(np.arange(6, dtype=np.float32).reshape(3, 2), "W")
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["X", "W"], ["Y"])], "ir3",
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, ["N", 3]), helper.make_tensor_value_info("W", TensorProto.FLOAT, [3, 2])],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["N", 2])],
        initializer=[w],
    )
    save(helper.make_model(graph, opset_imports=[helper.make_operatorsetid("", 8)], ir_version=3), f"{out}/ir3.onnx")

    # A classifier without a ZipMap: the labels come from the classifier node.
    graph = helper.make_graph(
        [helper.make_node("LinearClassifier", ["X"], ["label", "probabilities"], domain="ai.onnx.ml",
                          coefficients=[1.0, -1.0], intercepts=[0.0, 0.0], classlabels_strings=["no", "yes"])],
        "nozip",
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, [None, 1])],
        [helper.make_tensor_value_info("label", TensorProto.STRING, [None]),
         helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, 2])],
    )
    save(helper.make_model(graph, opset_imports=[CORE, ML], ir_version=8), f"{out}/nozip.onnx")

    # A regressor: no labels at all.
    graph = helper.make_graph(
        [helper.make_node("LinearRegressor", ["X"], ["variable"], domain="ai.onnx.ml", coefficients=[0.5, 2.0], intercepts=[1.0])],
        "reg",
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, [None, 2])],
        [helper.make_tensor_value_info("variable", TensorProto.FLOAT, [None, 1])],
    )
    save(helper.make_model(graph, opset_imports=[CORE, ML], ir_version=8), f"{out}/reg.onnx")


def run(model, inputs_file):
    import onnxruntime as ort

    with open(inputs_file, encoding="utf-8") as f:
        inputs = json.load(f)
    s = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    feeds = {k: np.asarray(v, dtype=np.float32) for k, v in inputs.items()}
    names = [o.name for o in s.get_outputs()]
    values = s.run(None, feeds)
    outputs = {}
    for name, v in zip(names, values):
        if isinstance(v, list):
            outputs[name] = [{str(k): float(p) for k, p in row.items()} for row in v]
        else:
            outputs[name] = np.asarray(v).tolist()
    print(json.dumps({"names": names, "types": [o.type for o in s.get_outputs()], "shapes": [o.shape for o in s.get_outputs()], "outputs": outputs}))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2])
    elif sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3])
    else:
        sys.exit(f"unknown command {sys.argv[1]}")
