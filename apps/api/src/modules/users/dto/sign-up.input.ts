import { LIMITS } from '@agora/shared';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class SignUpInput {
  @Field()
  @Transform(trim)
  @MaxLength(LIMITS.email.max)
  @IsEmail({}, { message: 'must be a valid email address' })
  email!: string;

  @Field()
  @Length(LIMITS.password.min, LIMITS.password.max, {
    message: `must be ${LIMITS.password.min} to ${LIMITS.password.max} characters long`,
  })
  password!: string;

  @Field()
  @Transform(trim)
  @Length(LIMITS.displayName.min, LIMITS.displayName.max, {
    message: `must be ${LIMITS.displayName.min} to ${LIMITS.displayName.max} characters long`,
  })
  displayName!: string;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(trim)
  @MaxLength(LIMITS.email.max)
  email!: string;

  @Field()
  @MaxLength(LIMITS.password.max)
  password!: string;
}
