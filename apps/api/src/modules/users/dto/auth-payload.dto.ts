import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../user.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send it back as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => User)
  user!: User;
}
