import { Module } from '@nestjs/common';
import { UserResolver } from './user.resolver';
import { UsersService } from './users.service';

@Module({
  providers: [UsersService, UserResolver],
  exports: [UsersService],
})
export class UsersModule {}
