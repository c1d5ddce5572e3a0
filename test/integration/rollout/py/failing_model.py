"""A copy of a classifier that fails at run time when a row is out of range, for rollout tests.

    python failing_model.py SOURCE.onnx OUT.onnx THRESHOLD

The copy answers exactly as SOURCE does, except that a run whose batch holds any feature above
THRESHOLD raises in onnxruntime (a Reshape of the labels to one element more than they have), so
`model-cd serve` answers such a request 500: a real server-side failure, which rows a test
chooses. Inputs, outputs and their types are unchanged, so the same model contract serves it.
"""

import sys

import onnx
from onnx import TensorProto, helper


def main():
    source, out, threshold = sys.argv[1], sys.argv[2], float(sys.argv[3])
    model = onnx.load(source)
    graph = model.graph
    label = graph.output[0].name
    producers = [n for n in graph.node if label in n.output]
    if len(producers) != 1:
        sys.exit(f"{source}: expected one node making {label}")
    producers[0].output[list(producers[0].output).index(label)] = "label_ok"
    features = graph.input[0].name
    graph.initializer.append(helper.make_tensor("threshold", TensorProto.FLOAT, [], [threshold]))
    graph.node.extend(
        [
            helper.make_node("ReduceMax", [features], ["largest"], keepdims=0),
            helper.make_node("Greater", ["largest", "threshold"], ["out_of_range"]),
            helper.make_node("Cast", ["out_of_range"], ["extra"], to=TensorProto.INT64),
            helper.make_node("Shape", ["label_ok"], ["rows"]),
            # rows + 1 when out of range: no tensor of `rows` labels has that shape.
            helper.make_node("Add", ["rows", "extra"], ["label_shape"]),
            helper.make_node("Reshape", ["label_ok", "label_shape"], [label]),
        ]
    )
    onnx.checker.check_model(model)
    onnx.save(model, out)


if __name__ == "__main__":
    main()
