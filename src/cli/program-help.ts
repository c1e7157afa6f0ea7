/**
 * What `rotate --help` (and `rotate` alone) teaches someone who has never used it: the commands
 * to begin with, in the order a county runs them, each to copy as it is; and the descriptions of
 * --help, --version and help in Chinese too, as every other line of the tool.
 */

/** The lines after the list of commands. */
export const GETTING_STARTED = `
开始 / getting started:
  rotate init 县数据
      写出示例县的表格（学校、岗位、教师、参数）; 照其表头填入本县的数据
      writes a sample county's tables; fill in your county's data under the same headers
  rotate validate 县数据/*.csv              检查表格 / check the tables
  rotate plan 县数据/*.csv -o 县数据/plan   生成方案 / write the plan
      在浏览器中打开 县数据/plan/report.html 查看、打印 / open report.html in a browser, to print
  rotate explain 县数据/plan 000021         为什么调或不调这名教师 / why this teacher moves or stays
  rotate plan --help                        每个命令的选项、示例和退出码 / a command's options,
                                            examples and exit codes

退出码 / exit codes: 0 完成 / done; 2 输入或命令行有误, 未写入任何文件 / bad input or command
  line, nothing written; 5 环境错误 / environment error (disk, permissions); 各命令的 --help
  列出它的全部退出码 / each command's --help lists all of its own`;

/** The flags and description of --help, on rotate and every command. */
export const HELP_OPTION: readonly [string, string] = ['-h, --help', '显示帮助 / display help'];

/** The flags and description of --version. */
export const VERSION_OPTION: readonly [string, string] = ['-V, --version', '显示版本号 / output the version number'];

/** The name and description of the help command. */
export const HELP_COMMAND: readonly [string, string] = ['help [command]', '显示命令的帮助 / a command\'s help'];

/** The line after the help that `rotate` alone prints: why it ended with code 2. */
export const NO_COMMAND = '缺少命令; 第一次使用见上方「开始」/ no command given; new here? see getting started above';
