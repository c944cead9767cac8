#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DigimatError, UsageError } from './core/errors.js';
import { EXIT, processIo, type CommandIo } from './commands/io.js';
import { ANONYMITY, type Anonymity } from './room/room-events.js';
import { REPORT_FORMATS, type ReportFormat } from './node/report-formats.js';
import { isLang, LANGS, type Lang } from './core/lang.js';

// Each command's module is loaded when that command runs: `digimat validate` does not start by loading
// pdfkit, Eleventy and the room server.

/** `--lang`: any language tag (de, pt-BR); whether the content has it is the command's to say. */
function languageOption(description: string): Option {
  return new Option('--lang <lang>', description).argParser((value: string) => {
    if (!isLang(value)) throw new InvalidArgumentError('expected a language tag such as es, en, de or pt-BR.');
    return value;
  });
}

/** Builds the `digimat` program; each action hands off to a callable command. */
export function buildProgram(io: CommandIo, setExit: (code: number) => void): Command {
  const program = new Command('digimat')
    .description('Digital-maturity assessment for small businesses: validate content, score assessments, plan actions.')
    .option('--content <dir>', 'content folder (questionnaires, actions)', 'content')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command('validate')
    .description('check questionnaires, action libraries and assessments; print every problem as path:line:col: message')
    .argument('[paths...]', 'files or folders (default: content/ and assessments/)')
    .option('--assessments <dir>', 'assessments folder', 'assessments')
    .action(async (paths: string[], opts: { assessments: string }) => {
      setExit(
        await (await import('./commands/validate.js')).validateCommand(
          { paths, content: program.opts().content, assessments: opts.assessments },
          io,
        ),
      );
    });

  program
    .command('score')
    .description("score an assessment: each stage's score, level and completeness, then the action plan")
    .argument('<assessment>', 'assessment YAML file')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      setExit(
        await (await import('./commands/score.js')).scoreCommand({ file, content: program.opts().content, json: Boolean(opts.json) }, io),
      );
    });

  program
    .command('new')
    .description('write assessments/<slug>.yaml listing every question, ready to fill in')
    .argument('<slug>', 'file name for the assessment (lower-case, dashes)')
    .addOption(languageOption("questionnaire language (default: the first questionnaire's)"))
    .option('--questionnaire <id>', 'questionnaire id (default: the first one in that language)')
    .option('--assessments <dir>', 'assessments folder', 'assessments')
    .action(async (slug: string, opts: { lang?: Lang; questionnaire?: string; assessments: string }) => {
      setExit(
        await (await import('./commands/new.js')).newCommand(
          {
            slug,
            ...(opts.lang ? { lang: opts.lang } : {}),
            content: program.opts().content,
            assessments: opts.assessments,
            ...(opts.questionnaire ? { questionnaire: opts.questionnaire } : {}),
          },
          io,
        ),
      );
    });
  program
    .command('build')
    .description('build the static site (questionnaires, results, course, search) into _site/')
    .option('-o, --out <dir>', 'output folder', '_site')
    .option('--assessments <dir>', 'assessments folder', 'assessments')
    .option('--templates <dir>', 'templates folder', 'templates')
    .option('--include-private', 'also publish assessments without `publish: true` (for your own laptop)')
    .action(async (opts: { out: string; assessments: string; templates: string; includePrivate?: boolean }) => {
      setExit(
        await (await import('./commands/build.js')).buildCommand(
          {
            out: opts.out,
            content: program.opts().content,
            assessments: opts.assessments,
            templates: opts.templates,
            includePrivate: Boolean(opts.includePrivate),
          },
          io,
        ),
      );
    });
  program
    .command('init')
    .description('write a new site folder: content, assessments, package.json and README (refuses a folder with files in it)')
    .argument('<folder>', 'the folder to create')
    .addOption(new Option('--lang <lang>', 'language of the starting content and README').choices(LANGS).default('es'))
    .option('--example', 'start from the bundled questionnaire, actions and course instead of a one-question skeleton')
    .action(async (folder: string, opts: { lang: 'es' | 'en'; example?: boolean }) => {
      setExit(await (await import('./commands/init.js')).initCommand({ folder, lang: opts.lang, example: Boolean(opts.example) }, io));
    });
  program
    .command('serve')
    .description('build the site into _site/, serve it, and rebuild and reload the page on every save')
    .option('--port <n>', 'port to listen on', parsePort, 8080)
    .option('-o, --out <dir>', 'output folder', '_site')
    .option('--assessments <dir>', 'assessments folder', 'assessments')
    .option('--templates <dir>', 'your own templates, each replacing the bundled file of the same path', 'templates')
    .option('--include-private', 'also publish assessments without `publish: true` (for your own laptop)')
    .action(async (opts: { port: number; out: string; assessments: string; templates: string; includePrivate?: boolean }) => {
      const interrupted = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      setExit(
        await (await import('./commands/serve.js')).serveCommand(
          {
            port: opts.port,
            out: opts.out,
            content: program.opts().content,
            assessments: opts.assessments,
            templates: opts.templates,
            includePrivate: Boolean(opts.includePrivate),
            interrupted,
          },
          io,
        ),
      );
    });
  program
    .command('report')
    .description('the action-plan report of one or many assessments (PDF, or Markdown/CSV with --format)')
    .argument('<assessments...>', 'assessment YAML files')
    .option('-o, --out <file-or-dir>', 'output file (one assessment) or folder (default: reports/)')
    .addOption(new Option('--format <format>', 'pdf, md (report for editing) or csv (the plan)').choices(REPORT_FORMATS).default('pdf'))
    .option('--workers <n>', 'worker threads for many files (default: all cores)', (v) => Number.parseInt(v, 10))
    .action(async (files: string[], opts: { out?: string; format: ReportFormat; workers?: number }) => {
      setExit(
        await (await import('./commands/report.js')).reportCommand(
          {
            files,
            format: opts.format,
            content: program.opts().content,
            ...(opts.out ? { out: opts.out } : {}),
            ...(opts.workers ? { workers: opts.workers } : {}),
          },
          io,
        ),
      );
    });

  program
    .command('worksheets')
    .description('empathy-map, buyer-persona and customer-journey worksheets as PDFs, blank or filled from an assessment')
    .option('--assessment <file>', "fill them from this assessment's worksheet material")
    .addOption(languageOption('language of blank worksheets'))
    .option('-o, --out <dir>', 'output folder', 'worksheets')
    .action(async (opts: { assessment?: string; lang?: Lang; out: string }) => {
      setExit(
        await (await import('./commands/worksheets.js')).worksheetsCommand(
          {
            out: opts.out,
            content: program.opts().content,
            ...(opts.assessment ? { assessment: opts.assessment } : {}),
            ...(opts.lang ? { lang: opts.lang } : {}),
          },
          io,
        ),
      );
    });
  program
    .command('workshop')
    .description("workshops: collect participants' hand-ins into a workshop assessment")
    .command('merge')
    .description('merge hand-in codes, share links, files of them and exported answer files into a workshop file')
    .argument('<hand-ins...>', 'hand-in codes or links, or files holding them, or answer/workshop files')
    .option('-o, --out <file>', 'workshop file to create or update (default: print the YAML)')
    .addOption(languageOption('language of a new workshop file').default('es'))
    .option('--company <name>', 'company name of a new workshop file')
    .addOption(
      new Option('--anonymity <mode>', 'a new file: who sees names (everyone, the facilitator only, nobody)').choices([
        'everyone',
        'facilitator',
        'nobody',
      ]),
    )
    .option('--date <yyyy-mm-dd>', 'date of a new workshop file (default: today)')
    .option('--accept-suggestions', "record a scale's 75 % agreement as consensus instead of leaving it open")
    .action(
      async (
        inputs: string[],
        opts: {
          out?: string;
          lang: Lang;
          company?: string;
          anonymity?: 'everyone' | 'facilitator' | 'nobody';
          date?: string;
          acceptSuggestions?: boolean;
        },
      ) => {
        setExit(
          await (await import('./commands/workshop-merge.js')).workshopMergeCommand(
            {
              inputs,
              content: program.opts().content,
              lang: opts.lang,
              acceptSuggestions: Boolean(opts.acceptSuggestions),
              ...(opts.out ? { out: opts.out } : {}),
              ...(opts.company ? { company: opts.company } : {}),
              ...(opts.anonymity ? { anonymity: opts.anonymity } : {}),
              ...(opts.date ? { date: opts.date } : {}),
            },
            io,
          ),
        );
      },
    );

  program
    .command('room')
    .description(
      'run a live workshop on the local network: phones join by QR code, answers are journaled before each ✓, closing writes the workshop file',
    )
    .argument('<assessment>', "the workshop's assessment YAML file (names the questionnaire and the company)")
    .option('--port <n>', 'port to listen on (default 8740, or the port the room used before)', parsePort)
    .option(
      '--host <address>',
      "the LAN address phones join at (this laptop's address on the room's Wi-Fi); without it only this laptop can connect",
    )
    .addOption(
      new Option(
        '--anonymity <who>',
        "who may see participants' names: everyone (the report too), facilitator (default), or nobody",
      ).choices(ANONYMITY),
    )
    .option('--wifi <ssid:password>', 'also print a QR code that joins phones to this Wi-Fi network')
    .option('--site <dir>', 'serve a site already built with `digimat build` instead of building one')
    .option('--templates <dir>', 'templates folder', 'templates')
    .action(
      async (
        file: string,
        opts: { port?: number; host?: string; anonymity?: Anonymity; wifi?: string; site?: string; templates: string },
      ) => {
        const interrupted = new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        });
        setExit(
          await (await import('./commands/room.js')).roomCommand(
            {
              file,
              content: program.opts().content,
              templates: opts.templates,
              color: Boolean(process.stdout.isTTY),
              interrupted,
              ...(opts.port !== undefined ? { port: opts.port } : {}),
              ...(opts.host ? { host: opts.host } : {}),
              ...(opts.anonymity ? { anonymity: opts.anonymity } : {}),
              ...(opts.wifi !== undefined ? { wifi: opts.wifi } : {}),
              ...(opts.site ? { site: opts.site } : {}),
            },
            io,
          ),
        );
      },
    );
  return program;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`--port expects a number from 0 to 65535, not ${value}`);
  return n;
}

/** Runs the CLI on arguments; resolves to the exit code (0 ok, 1 bad input, 2 usage). */
export async function runCli(argv: string[], io: CommandIo = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`digimat: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof DigimatError) {
      io.err(error.message);
      return EXIT.badInput;
    }
    io.err(`digimat: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DIGIMAT_DEBUG) io.err(String((error as Error).stack));
    return 70;
  }
}
