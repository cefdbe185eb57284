import { PointsReason, Role } from '@agora/shared';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnswersService } from '../answers/answers.service';
import { Community } from '../communities/community.entity';
import { HelpfulService } from '../helpful/helpful.service';
import { QuestionsService } from '../questions/questions.service';
import { BadgesService } from '../badges/badges.service';
import { ledgerKeys } from '../reputation/ledger-keys';
import { ReputationService } from '../reputation/reputation.service';
import { SolutionsService } from '../solutions/solutions.service';
import { ModerationDemoSeeder } from '../moderation/demo/moderation-demo-seeder';
import { hashPassword } from '../users/passwords';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_COMMUNITIES, DEMO_PASSWORD, DEMO_QUESTIONS, DEMO_USERS } from './demo-data';

/**
 * Fills an empty database with a small, believable community. Posts go through the same services as
 * real requests, so counters and the points ledger are exactly what those actions give.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly questions: QuestionsService,
    private readonly answers: AnswersService,
    private readonly helpful: HelpfulService,
    private readonly solutions: SolutionsService,
    private readonly reputation: ReputationService,
    private readonly badges: BadgesService,
    private readonly moderation: ModerationDemoSeeder,
  ) {}

  async seedIfEmpty(): Promise<void> {
    if ((await this.dataSource.getRepository(Community).count()) > 0) return;
    const started = Date.now();
    const communityIds = await this.seedCommunities();
    const users = await this.seedUsers();
    for (const demo of DEMO_QUESTIONS) {
      const asker = pick(users, demo.author);
      const question = await this.questions.ask(asker, {
        communityId: pick(communityIds, demo.community),
        title: demo.title,
        body: demo.body,
        tags: demo.tags,
      });
      for (const key of demo.meToo) await this.questions.addMeToo(pick(users, key), question.id);
      const answerIds: string[] = [];
      for (const demoAnswer of demo.answers) {
        const answer = await this.answers.post(pick(users, demoAnswer.author), { questionId: question.id, body: demoAnswer.body });
        answerIds.push(answer.id);
        for (const voter of demoAnswer.helpfulBy) await this.helpful.mark(pick(users, voter), answer.id);
      }
      if (demo.solution !== undefined) await this.solutions.accept(asker, answerIds[demo.solution]);
      await this.backdate(question.id, demo.daysAgo);
    }
    await this.moderation.seed(users, pick(communityIds, DEMO_COMMUNITIES[0].slug));
    this.logger.log(`Demo community seeded in ${Date.now() - started} ms`);
    this.printLogins();
  }

  printLogins(): void {
    const lines = DEMO_USERS.filter((u) => u.role !== Role.MEMBER || u.key === 'member').map(
      (u) => `  ${u.role.padEnd(9)} ${u.email.padEnd(26)} ${DEMO_PASSWORD}`,
    );
    this.logger.log(`Demo sign-ins (role, email, password):\n${lines.join('\n')}`);
  }

  private async seedCommunities(): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const [position, community] of DEMO_COMMUNITIES.entries()) {
      const saved = await this.dataSource.getRepository(Community).save({ ...community, position });
      ids.set(community.slug, saved.id);
    }
    return ids;
  }

  private async seedUsers(): Promise<Map<string, User>> {
    const users = new Map<string, User>();
    // Every demo account shares one password, so one (deliberately slow) hash serves them all.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const demo of DEMO_USERS) {
      const user = await this.dataSource.transaction(async (manager) => {
        const created = await this.users.createUser(manager, { ...demo, passwordHash }, demo.role);
        await this.reputation.grant(manager, {
          userId: created.id,
          key: ledgerKeys.imported(created.id),
          reason: PointsReason.IMPORTED,
          amount: demo.importedReputation,
        });
        await this.badges.evaluate(manager, created.id);
        return created;
      });
      users.set(demo.key, user);
    }
    return users;
  }

  /** Spreads the thread over the past: the question, then its answers an hour or more apart. */
  private async backdate(questionId: string, daysAgo: number): Promise<void> {
    await this.dataSource.query(
      `WITH asked AS (SELECT now() - make_interval(days => $2::int, hours => 3) AS at)
       UPDATE questions q SET created_at = asked.at, updated_at = asked.at,
              last_activity_at = asked.at + make_interval(hours => q.answer_count)
         FROM asked WHERE q.id = $1`,
      [questionId, daysAgo],
    );
    await this.dataSource.query(
      'UPDATE question_revisions r SET created_at = q.created_at FROM questions q WHERE q.id = r.question_id AND q.id = $1',
      [questionId],
    );
    await this.dataSource.query(
      `UPDATE answers a SET created_at = q.created_at + make_interval(hours => ranked.n), updated_at = q.created_at + make_interval(hours => ranked.n)
         FROM questions q,
              (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM answers WHERE question_id = $1) ranked
        WHERE a.id = ranked.id AND q.id = a.question_id`,
      [questionId],
    );
  }
}

function pick<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to "${key}", which it does not define`);
  return value;
}
