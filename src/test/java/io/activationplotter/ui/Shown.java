package io.activationplotter.ui;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

/** Test helper: whether a node is on screen, i.e. it and every parent are visible and it takes space. */
public final class Shown {

    private Shown() {
    }

    /**
     * Tells whether a node is shown.
     *
     * @param robot  the robot.
     * @param id     the node's CSS selector, for example "#section-view".
     * @return {@code true} if the node and all its parents are visible and the node is managed.
     */
    public static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        boolean shown = n.isManaged();
        for (Node p = n; p != null; p = p.getParent()) {
            shown &= p.isVisible();
        }
        return shown;
    }
}
