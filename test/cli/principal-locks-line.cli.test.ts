/**
 * The terminal's line about principals due to rotate counts the county's decisions by lock: those
 * moved and those kept (locked to stay), so a clerk reads how many are still to decide.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function county(dir: string): string[] {
  const schools = ['学校代码,学校名称,学段,城乡类型,在校学生数,薄弱学校', 'U1,城关小学,小学,城区,400,否', 'T1,镇中心小学,小学,镇区,300,否', 'R1,乡村甲小学,小学,乡村,300,否'];
  const posts = ['学校代码,学科,岗位数'];
  const teachers = ['工号,姓名,学校代码,任教学科,本校任教年限,性别,出生年月,骨干等级,岗位类别'];
  let n = 0;
  for (const s of ['U1', 'T1', 'R1'])
    for (const j of ['语文', '数学']) {
      posts.push(`${s},${j},10`);
      for (let k = 0; k < 10; k++) teachers.push(`${String(++n).padStart(4, '0')},${s}${j}${k},${s},${j},8,男,1985-01,${s !== 'R1' && k < 2 ? '县级' : '无'},教师`);
    }
  teachers.push('P01,张校长,U1,语文,7,男,1975-01,无,校长', 'P03,王校长,T1,语文,8,男,1976-01,无,校长', 'P05,钱校长,R1,数学,10,男,1972-01,无,校长');
  const files = { '学校.csv': schools, '岗位.csv': posts, '教师.csv': teachers, '锁定.csv': ['工号,操作,学校代码', 'P01,调往,R1', 'P05,留任,'] };
  return Object.entries(files).map(([name, lines]) => {
    writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
    return join(dir, name);
  });
}

describe('校长、副校长任满2届待交流 N 人 with locks', () => {
  it('says how many the locks moved and how many they keep', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-principal-locks-'));
    const out = join(dir, 'plan');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'plan', ...county(dir), '-o', out, '--set', 'plan.year=2026'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('校长、副校长任满2届待交流 3 人（1 人已锁定调动, 1 人已锁定留任）');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { counts: Record<string, number> };
    expect(summary.counts.principals_due).toBe(3);
    expect(summary.counts.principals_moved).toBe(1);
    expect(summary.counts.principals_kept).toBe(1);
  }, 60_000);
});
