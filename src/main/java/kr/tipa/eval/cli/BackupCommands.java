package kr.tipa.eval.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backup --out FILE} and {@code restore FILE}: one encrypted file per data folder. */
final class BackupCommands {

    private BackupCommands() {
    }

    @Command(name = "backup")
    static final class Backup extends BaseCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.backup.out")
        Path out;

        Backup(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            if (!context.hasDatabase()) {
                throw new CliFailure(ExitCode.OTHER, text("cli.error.noRound"));
            }
            context.backups().backup(out.toAbsolutePath(), env.user());
            env.out().println(text("cli.backup.done", out.toAbsolutePath()));
            return ExitCode.OK;
        }
    }

    @Command(name = "restore")
    static final class Restore implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.restore.file")
        Path file;

        @Mixin
        CommonOptions options;

        private final CliEnvironment env;

        Restore(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            Path target = env.folder(options).toAbsolutePath();
            char[] password = new ConsoleSecrets(env.env(), env.messages(), env.err()).secret();
            try {
                BackupService.restore(file, target, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            env.out().println(env.messages().get("cli.restore.done", file, target));
            return ExitCode.OK;
        }
    }
}
