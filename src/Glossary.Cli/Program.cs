return Glossary.Cli.GlossaryCommand.Invoke(args);
