import { Role } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuthTokenService } from '../../core/auth/auth-token.service';
import { badUserInput, unauthenticated } from '../../core/graphql/errors';
import { LiveEvents } from '../live/live-events.service';
import { AuthPayload } from './dto/auth-payload.dto';
import { SignInInput, SignUpInput } from './dto/sign-up.input';
import { hashPassword, verifyPassword } from './passwords';
import { User } from './user.entity';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class UsersService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword('decoy-password-for-timing');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AuthTokenService,
    private readonly live: LiveEvents,
  ) {}

  async signUp(input: SignUpInput): Promise<AuthPayload> {
    const passwordHash = await hashPassword(input.password);
    const user = await this.createUser(this.dataSource.manager, { ...input, passwordHash }, Role.MEMBER);
    return { token: this.tokens.issue(user.id), user };
  }

  async createUser(
    manager: EntityManager,
    input: Pick<SignUpInput, 'email' | 'displayName'> & { passwordHash: string },
    role: Role,
  ): Promise<User> {
    const repository = manager.getRepository(User);
    try {
      const user = await repository.save(
        repository.create({
          email: input.email.toLowerCase(),
          displayName: input.displayName,
          passwordHash: input.passwordHash,
          role,
        }),
      );
      this.live.memberJoined(manager, user.id);
      return user;
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw badUserInput('An account with this email already exists.', { email: ['is already registered'] });
      }
      throw error;
    }
  }

  async signIn(input: SignInInput): Promise<AuthPayload> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email: input.email.toLowerCase() });
    const passwordMatches = user
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyPassword(await this.decoyHash, input.password).then(() => false);
    if (!user || !passwordMatches) throw unauthenticated('The email or password is incorrect.');
    return { token: this.tokens.issue(user.id), user };
  }
}
