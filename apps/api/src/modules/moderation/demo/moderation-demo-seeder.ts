import { ReportReason, WatchedWordAction } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { QuestionsService } from '../../questions/questions.service';
import { User } from '../../users/user.entity';
import { ReportsService } from '../reports/reports.service';
import { WatchedWordsService } from '../watched-words/watched-words.service';

const REPORTERS = ['lea', 'kenji', 'thomas'];

/**
 * Gives the demo moderators something to review, through the real paths: watched words, a question
 * reported twice (still visible), an answer reported three times (hidden at once) and a new member's
 * question held for its link.
 */
@Injectable()
export class ModerationDemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly words: WatchedWordsService,
    private readonly reports: ReportsService,
    private readonly questions: QuestionsService,
  ) {}

  async seed(demoUsers: Map<string, User>, communityId: string): Promise<void> {
    // Fresh rows: the reputation the seed gave them decides what they may do.
    const fresh = await this.dataSource.getRepository(User).findBy({ id: In([...demoUsers.values()].map((u) => u.id)) });
    const byId = new Map(fresh.map((u) => [u.id, u]));
    const user = (key: string) => byId.get((demoUsers.get(key) as User).id) as User;
    const admin = user('admin');
    await this.words.add(admin, { word: 'idiot', action: WatchedWordAction.BLOCK, rule: 'Be respectful: no insults' });
    await this.words.add(admin, { word: 'crypto giveaway', action: WatchedWordAction.REVIEW, rule: 'No promotions or giveaways' });
    await this.words.add(admin, { word: 'dang', action: WatchedWordAction.REPLACE, replacement: 'darn', rule: 'Keep it friendly' });

    const reporterIds = REPORTERS.map((key) => user(key).id);
    const [question] = await this.dataSource.query(
      `SELECT id FROM questions WHERE kind = 'QUESTION' AND author_id <> ALL($1::bigint[]) ORDER BY created_at DESC, id DESC LIMIT 1`,
      [reporterIds],
    );
    await this.reports.report(user('lea'), { questionId: question.id, reason: ReportReason.OFF_TOPIC });
    await this.reports.report(user('kenji'), {
      questionId: question.id,
      reason: ReportReason.OTHER,
      note: 'Reads like an advert for a repair shop.',
    });

    const [answer] = await this.dataSource.query(
      `SELECT a.id FROM answers a JOIN users u ON u.id = a.author_id JOIN questions q ON q.id = a.question_id
        WHERE u.role = 'MEMBER' AND a.author_id <> ALL($1::bigint[]) AND q.solution_answer_id IS DISTINCT FROM a.id AND q.id <> $2
        ORDER BY a.created_at DESC, a.id DESC LIMIT 1`,
      [reporterIds, question.id],
    );
    const reasons = [ReportReason.ABUSIVE, ReportReason.SPAM, ReportReason.ABUSIVE];
    for (const [index, key] of REPORTERS.entries()) await this.reports.report(user(key), { answerId: answer.id, reason: reasons[index] });

    await this.questions.ask(user('priya'), {
      communityId,
      title: 'Cheap replacement chargers, are these any good?',
      body: 'I found these at https://chargers.example.com for a third of the price. Worth it?',
      tags: ['charging'],
    });
  }
}
