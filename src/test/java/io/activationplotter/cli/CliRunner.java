package io.activationplotter.cli;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

/** Runs the command line in-process with captured streams. */
final class CliRunner {

    /** What a run printed and returned. */
    record Result(int code, String out, String err) {
    }

    private CliRunner() {
    }

    static Result withStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new StringReader(stdin), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result exec(String... args) {
        return withStdin("", args);
    }
}
