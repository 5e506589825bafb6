package org.sahakarflow.system;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/** Questions about where a flow node sits in its diagram. */
public final class ModelPaths {

  private ModelPaths() {
  }

  /** The boundary event whose path leads to this node (a reminder or escalation path), if any. */
  public static Optional<BoundaryEvent> boundaryEventBefore(FlowNode start) {
    Deque<FlowNode> toVisit = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    toVisit.add(start);
    while (!toVisit.isEmpty()) {
      FlowNode node = toVisit.poll();
      if (!seen.add(node.getId())) {
        continue;
      }
      if (node instanceof BoundaryEvent boundary) {
        return Optional.of(boundary);
      }
      for (SequenceFlow incoming : node.getIncoming()) {
        toVisit.add(incoming.getSource());
      }
    }
    return Optional.empty();
  }
}
