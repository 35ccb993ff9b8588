package kr.tipa.eval.ui.actions;

/** What the window's menus run besides switching desks: import, the evaluator's export, backup, verify. */
public record MenuActions(ImportViewModel imports, ExportSheetsAction export, BackupAction backup,
        VerifyAction verify) {
}
