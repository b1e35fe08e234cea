package com.dealstage.deployment;

/**
 * A file of processes/ the engine refused: the previous version stays deployed. {@code elementId} and {@code line}
 * when the engine names them (null and 0 otherwise); {@code message} is the engine's.
 */
record ProcessRefusal(String file, String elementId, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? " line " + line : "") + (elementId == null ? "" : " element '" + elementId + "'")
                + ": " + message;
    }
}
