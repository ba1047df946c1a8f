// `npm run quiz -- <command>`: check the quiz bank, export it to Moodle GIFT, or write the
// teacher's answer key. The work happens in `runQuiz`, a function of its arguments and a small
// file-system interface, so the tests can call it directly; `main` only wires it to the process.
import type { Bank } from '../quiz/types'
import { readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { bank as shippedBank } from '../quiz/bank'
import { toGift } from '../quiz/gift'
import { answerKey } from '../quiz/key'
import { formatIssue, validateBank } from '../quiz/validate'

export const USAGE = `Usage: npm run quiz -- <command> [options]

Commands:
  check [bank.json]   Validate the shipped bank, or a bank in a JSON file (an array of
                      questions). Prints one line per problem: id  field  message.
  gift [--out FILE]   Export the bank in Moodle GIFT format (to stdout, or to FILE).
  key [--out FILE]    Write a Markdown answer key, grouped by part (to stdout, or to FILE).

Options:
  -h, --help          Show this help.

Exit codes: 0 success, 1 the bank has problems or the file is not a bank, 2 usage error
or unreadable file.`

/** What a run of the CLI produced. */
export interface CliResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/** The file access the CLI needs; tests may pass their own. */
export interface CliFiles {
  readonly readText: (path: string) => string
  readonly writeText: (path: string, text: string) => void
}

const nodeFiles: CliFiles = {
  readText: path => readFileSync(path, 'utf8'),
  writeText: (path, text) => writeFileSync(path, text, 'utf8'),
}

function done(exitCode: number, stdout = '', stderr = ''): CliResult {
  return { exitCode, stdout, stderr }
}

function usageError(message: string): CliResult {
  return done(2, '', `quiz: ${message}\n\n${USAGE}\n`)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function checkShipped(): { ok: true, bank: Bank } | { ok: false, result: CliResult } {
  const checked = validateBank(shippedBank)
  if (checked.ok)
    return { ok: true, bank: checked.value }
  const lines = checked.issues.map(formatIssue).join('\n')
  return { ok: false, result: done(1, '', `${lines}\nquiz: the shipped bank has ${checked.issues.length} problem(s); fix quiz/bank.ts\n`) }
}

function check(args: readonly string[], files: CliFiles): CliResult {
  if (args.length > 1 || args.some(a => a.startsWith('-')))
    return usageError(`check takes at most one file, got: ${args.join(' ')}`)
  const file = args[0]
  let input: unknown = shippedBank
  let label = 'the shipped bank'
  if (file !== undefined) {
    let text: string
    try {
      text = files.readText(file)
    }
    catch (error) {
      return done(2, '', `quiz: cannot read ${file}: ${errorMessage(error)}\n`)
    }
    try {
      input = JSON.parse(text)
    }
    catch (error) {
      return done(1, '', `quiz: ${file} is not valid JSON (${errorMessage(error)})\n`)
    }
    label = file
  }
  const result = validateBank(input)
  if (!result.ok) {
    const [first] = result.issues
    if (result.issues.length === 1 && first?.id === '(bank)')
      return done(1, '', `quiz: ${label} is not a quiz bank: ${first.message}\n`)
    const lines = result.issues.map(formatIssue).join('\n')
    return done(1, '', `${lines}\nquiz: ${result.issues.length} problem(s) in ${label}\n`)
  }
  const questions = result.value
  const points = questions.reduce((sum, q) => sum + q.points, 0)
  return done(0, `quiz: ${label} is valid: ${questions.length} questions, ${points} points\n`)
}

function exportCommand(name: string, args: readonly string[], files: CliFiles, render: (bank: Bank) => string): CliResult {
  let out: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--out' || arg === '-o') {
      out = args[++i]
      if (out === undefined || out.startsWith('-'))
        return usageError(`${arg} needs a file name`)
    }
    else if (arg?.startsWith('--out=')) {
      out = arg.slice('--out='.length)
      if (out === '')
        return usageError('--out needs a file name')
    }
    else {
      return usageError(`unknown argument for ${name}: ${arg}`)
    }
  }
  const shipped = checkShipped()
  if (!shipped.ok)
    return shipped.result
  const text = render(shipped.bank)
  if (out === undefined)
    return done(0, text)
  try {
    files.writeText(out, text)
  }
  catch (error) {
    return done(2, '', `quiz: cannot write ${out}: ${errorMessage(error)}\n`)
  }
  return done(0, `quiz: wrote ${shipped.bank.length} questions to ${out}\n`)
}

/** Run the CLI on `argv` (the arguments after the script name) and return what it printed and its exit code. */
export function runQuiz(argv: readonly string[], files: CliFiles = nodeFiles): CliResult {
  const [command, ...args] = argv
  if (command === undefined)
    return usageError('no command given')
  if (command === '--help' || command === '-h' || command === 'help' || args.includes('--help') || args.includes('-h'))
    return done(0, `${USAGE}\n`)
  switch (command) {
    case 'check': return check(args, files)
    case 'gift': return exportCommand('gift', args, files, toGift)
    case 'key': return exportCommand('key', args, files, answerKey)
    default: return usageError(`unknown command: ${command}`)
  }
}

function main(): void {
  const result = runQuiz(process.argv.slice(2))
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  process.exitCode = result.exitCode
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main()
